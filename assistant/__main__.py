"""`python -m assistant` runs the `necessity` command line."""

from assistant.cli import main

if __name__ == "__main__":
    main()

"""necessity: local-first letters of medical necessity and appeals for mental-health therapists."""

__version__ = "0.1.0"

"""One module per page of the workspace; each exposes render(service)."""

"""Swagger UI and Redoc, vendored from npm (see VENDOR.md): the docs pages work offline."""

"""The thin outer layer: the HTTP app (`app`, with its response `models`) and
the `fkg` command line (`cli`), both over `service`."""

"""The bundled data, installed as the package `fkg_data` (setup.py maps it
here): the curated alias table (`aliases.tsv`) and the sample corpus
(`corpus/`, with its source attribution). Read it through
`service.settings.bundled`, which finds it wherever fkg is installed."""

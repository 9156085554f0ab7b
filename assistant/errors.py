"""The few exception types the core raises; every message says what to do next and never holds PHI."""


class NecessityError(Exception):
    """Base class: a problem the user can act on."""


class ConfigError(NecessityError):
    """Set-up must change: a setting, a missing model, a folder that cannot be written."""


class InputError(NecessityError):
    """The input cannot be used as given: empty, binary, undecodable or malformed."""


class RedactionError(NecessityError):
    """We stop rather than risk sending PHI to a model."""


class ModelOutputError(NecessityError):
    """The language model answered with something unusable, or did not answer."""

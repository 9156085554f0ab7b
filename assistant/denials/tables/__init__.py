"""Tables for reading denials, split by what they recognize: codes (data), reason phrases, layout and deadline cues.

`from assistant.denials import tables as T` gives them under one name, as the reader uses them.
"""
from assistant.denials.tables.carried import *  # noqa: F401,F403
from assistant.denials.tables.codes import *  # noqa: F401,F403
from assistant.denials.tables.cues import *  # noqa: F401,F403
from assistant.denials.tables.expedited import *  # noqa: F401,F403
from assistant.denials.tables.indirect import *  # noqa: F401,F403
from assistant.denials.tables.payers import *  # noqa: F401,F403
from assistant.denials.tables.phrases import *  # noqa: F401,F403
from assistant.denials.tables.roles import *  # noqa: F401,F403
from assistant.denials.tables.voice import *  # noqa: F401,F403

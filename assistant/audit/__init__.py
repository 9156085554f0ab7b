"""Documentation audit (`necessity check`): session notes -> findings a payer would deny on, each with the
rule behind it, its severity, the fix in plain words and the knowledge document it rests on."""

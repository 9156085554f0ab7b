"""A ledger's columns are money, not scores: in a school-lunch account, a bank or payment-app statement or a store
receipt, "AMT" is the amount and "BAL" the balance, though the catalog also knows AMT (Abbreviated Mental Test) and
BAL (blood alcohol level). A table that has a money column reads its short amount and balance headers as money."""
from __future__ import annotations

import re

_MONEY_HEADER = re.compile(r"^\W*(?:amt|amnt|amount|bal|balance|price|cost|charges?|paid|payments?|debits?|credits?|fees?|"
                           r"deposits?|withdrawals?|due|owed|tender|change due|subtotal|tax|tip|\$)\W*$", re.I)
# the headers that are money in such a table (and only short ones the catalog might read as a scale)
_AMOUNT_OR_BALANCE = re.compile(r"^\W*(?:amt|amnt|amount|bal|balance|total|tot|due)\W*$", re.I)


def money_column(headers, header: str) -> bool:
    """True when `header` is a ledger's amount or balance: it reads as one, and another column of the table is money."""
    if not _AMOUNT_OR_BALANCE.match(header):
        return False
    return sum(bool(_MONEY_HEADER.match(h)) for h in headers) >= 2 or any(re.search(r"\$", h) for h in headers)

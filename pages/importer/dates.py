"""German (and ISO) dates as press releases write them."""

import datetime
import re

MONTHS = {
    "januar": 1,
    "jänner": 1,
    "jan": 1,
    "january": 1,
    "februar": 2,
    "feb": 2,
    "february": 2,
    "märz": 3,
    "maerz": 3,
    "mär": 3,
    "mrz": 3,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "okt": 10,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
}
WEEKDAY_ABBREVIATIONS = ["mo", "di", "mi", "do", "fr", "sa", "so"]

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_NAMES = "|".join([*WEEKDAYS, *WEEKDAY_ABBREVIATIONS])

DATE = re.compile(
    rf"""
    (?<![\d.])
    (?:
        (?P<iso_year>\d{{4}})-(?P<iso_month>\d{{1,2}})-(?P<iso_day>\d{{1,2}})
      | (?P<day>\d{{1,2}})\.\s?(?P<month>\d{{1,2}})\.\s?(?P<year>\d{{4}}|\d{{2}})
      | (?P<named_day>\d{{1,2}})\.?\s+(?P<named_month>{_MONTH_NAMES})\.?\s+(?P<named_year>\d{{4}})
      | (?P<en_month>{_MONTH_NAMES})\.?\s+(?P<en_day>\d{{1,2}}),?\s+(?P<en_year>\d{{4}})
    )
    (?![\d])
    """,
    re.IGNORECASE | re.VERBOSE,
)
# An optional weekday before a date: "Montag, 24. November 2026", "Mo., 24.11.".
WEEKDAY_PREFIX = re.compile(rf"(?:{_WEEKDAY_NAMES})\.?,?\s*(?:den\s+)?$", re.IGNORECASE)
# "Am Montag (25.9.)", "am Montag, 25. September": a date without its year.
WEEKDAY_DATE = re.compile(
    rf"""
    \b(?P<weekday>{"|".join(WEEKDAYS)}),?\s*\(?\s*(?:den\s+)?
    (?:
        (?P<day>\d{{1,2}})\.\s?(?P<month>\d{{1,2}})\.(?!\s?\d)
      | (?P<named_day>\d{{1,2}})\.\s+(?P<named_month>{_MONTH_NAMES})\b(?!\.?\s+\d{{4}})
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _year(text):
    year = int(text)
    if len(text) == 2:
        # "3.3.25" is 2025; two-digit years of the last century are no news.
        year += 2000
    return year


def date_from_match(match):
    """The date of a DATE match, or None when it does not exist (31.2.)."""
    groups = match.groupdict()
    try:
        if groups["iso_year"]:
            return datetime.date(
                int(groups["iso_year"]), int(groups["iso_month"]), int(groups["iso_day"])
            )
        if groups["day"]:
            return datetime.date(_year(groups["year"]), int(groups["month"]), int(groups["day"]))
        if groups["named_day"]:
            return datetime.date(
                int(groups["named_year"]),
                MONTHS[groups["named_month"].lower()],
                int(groups["named_day"]),
            )
        return datetime.date(
            int(groups["en_year"]), MONTHS[groups["en_month"].lower()], int(groups["en_day"])
        )
    except ValueError:
        return None


def find_dates(text):
    """(match, date) for each valid full date in `text`, in order."""
    found = []
    for match in DATE.finditer(text):
        date = date_from_match(match)
        if date is not None and 1990 <= date.year <= 2100:
            found.append((match, date))
    return found


def parse_date(text):
    """The date when `text` is one date (with optional weekday), else None."""
    text = text.strip().rstrip(",:;|–—-").strip()
    for match, date in find_dates(text):
        before = text[: match.start()].strip()
        if match.end() == len(text) and (not before or WEEKDAY_PREFIX.search(before)):
            return date
    return None


def infer_weekday_date(text, today):
    """A date written without a year but with its weekday ("Montag (25.9.)").

    The year is the latest one, at most 12 years back, in which that day
    falls on that weekday and which is not in the future.
    """
    for match in WEEKDAY_DATE.finditer(text):
        groups = match.groupdict()
        weekday = WEEKDAYS[groups["weekday"].lower()]
        if groups["day"]:
            day, month = int(groups["day"]), int(groups["month"])
        else:
            day, month = int(groups["named_day"]), MONTHS[groups["named_month"].lower()]
        for year in range(today.year, today.year - 13, -1):
            try:
                candidate = datetime.date(year, month, day)
            except ValueError:
                continue
            if candidate <= today and candidate.weekday() == weekday:
                return candidate, match.group(0)
    return None

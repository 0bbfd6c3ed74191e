"""The German (or English) analysed copy of everything the search indexes.

A searchable model inherits `Searchable` and adds `ANALYSED_FIELDS` to its
`search_fields`:

    class PracticeExample(Searchable, Page):
        search_fields = [*Page.search_fields, index.SearchField("body"), *ANALYSED_FIELDS]

Every backend then indexes, besides the model's own fields, two fields of
analysed terms (`search.analysis.analyse`): the title's and the rest of the
text's. The text is gathered from the model's own `SearchField`s (stream
fields, related fields, tags), so nothing has to be listed twice. Queries are
analysed the same way (`search.engine`), so SQLite, PostgreSQL and
Elasticsearch compare the same normalised terms.
"""

from django.db.models import Manager
from django.utils.encoding import force_str
from wagtail.search import index

from search.analysis import analysed_words, language_code

TITLE_TERMS = "search_title_terms"
BODY_TERMS = "search_body_terms"
ANALYSED_FIELDS = [
    index.SearchField(TITLE_TERMS, boost=5),
    index.SearchField(BODY_TERMS, boost=1),
]
ANALYSED_FIELD_NAMES = {TITLE_TERMS, BODY_TERMS}
# Text beyond this is not analysed (a document's text is capped on extraction).
MAX_TEXT_CHARS = 400_000


def _text(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return "\n".join(_text(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(_text(item) for item in value.values())
    return force_str(value)


def field_texts(obj, fields, skip=frozenset()):
    """The text of `obj`'s SearchFields (and of its RelatedFields' objects)."""
    for field in fields:
        if isinstance(field, index.SearchField):
            if field.field_name in skip or field.field_name in ANALYSED_FIELD_NAMES:
                continue
            text = _text(field.get_value(obj))
            if text:
                yield text
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            if isinstance(related, Manager):
                related = related.all()
            elif callable(related):
                related = [related()]
            else:
                related = [related]
            for sub_obj in related:
                yield from field_texts(sub_obj, field.fields)


class Searchable:
    """Mixin for every model the site search finds (see the module docstring).

    Override `search_title_text` or `search_body_text` where the defaults
    (the `title` attribute; the other search fields) do not fit.
    """

    def search_language(self):
        locale = getattr(self, "locale", None)
        return language_code(locale.language_code if locale is not None else "de")

    def search_title_text(self):
        return _text(getattr(self, "title", "") or str(self))

    def search_body_text(self):
        texts = field_texts(self, self.get_search_fields(), skip={"title"})
        return "\n".join(texts)[:MAX_TEXT_CHARS]

    def search_title_terms(self):
        return analysed_terms(self.search_title_text(), self.search_language())

    def search_body_terms(self):
        return analysed_terms(self.search_body_text(), self.search_language())


def analysed_terms(text, language):
    """The index terms of `text`, space-joined; its words go into the vocabulary."""
    from search.vocabulary import ensure_lexicon, record_words

    ensure_lexicon()
    words = list(analysed_words(text, language))
    record_words(words, language)
    terms = []
    for _form, term, parts in words:
        terms.append(term)
        terms.extend(parts)
    return " ".join(terms)

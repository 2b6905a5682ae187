"""Request bodies as Mastodon clients send them: JSON, form-encoded or multipart.

Forms name lists and nested objects with brackets (`media_ids[]=1`, `poll[options][]=نعم`,
`fields_attributes[0][name]=…`); they become the same lists and objects a JSON body holds,
so that one schema validates every kind of body.
"""

import json
import re
from itertools import pairwise
from typing import Any

from django.http import HttpRequest, QueryDict
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _
from ninja.errors import HttpError
from ninja.parser import Parser

_PART = re.compile(r"\[([^\]]*)\]")


def _put(into: dict[str, Any], key: str, values: list[str]) -> None:
    """Store the form field `key` (with its bracketed parts) in the nested dict `into`."""
    head, _sep, rest = key.partition("[")
    parts = [head, *_PART.findall("[" + rest)] if rest else [head]
    target = into
    for part, following in pairwise(parts):
        if following == "":  # `name[]`: the list is the last part
            target[part] = values
            return
        child = target.setdefault(part, {})
        if not isinstance(child, dict):
            return  # `a=1&a[b]=2`: the first meaning wins
        target = child
    target[parts[-1]] = values[-1]


def form_to_dict(data: MultiValueDict[str, Any]) -> dict[str, Any]:
    """Return the fields of a form as a JSON-like dict (see the module's docstring)."""
    result: dict[str, Any] = {}
    for key in data:
        _put(result, key, data.getlist(key))
    return result


def _refuse_nul(value: object) -> None:
    """Refuse text with a NUL character in it anywhere in `value`: no database stores one
    in text (PostgreSQL refuses it), and no client means one."""
    if isinstance(value, str):
        if "\x00" in value:
            raise HttpError(400, _("Text may not contain NUL characters."))
    elif isinstance(value, dict):
        for key, item in value.items():
            _refuse_nul(key)
            _refuse_nul(item)
    elif isinstance(value, list):
        for item in value:
            _refuse_nul(item)


class MastodonParser(Parser):
    def parse_body(self, request: HttpRequest) -> dict[str, Any]:
        if request.content_type == "application/json":
            try:
                body = json.loads(request.body or b"{}")
            except (ValueError, RecursionError) as error:
                raise HttpError(400, _("The body is not valid JSON.")) from error
            if not isinstance(body, dict):
                raise HttpError(400, _("The body must be a JSON object."))
            _refuse_nul(body)
            return body
        form = form_to_dict(form_of(request))
        _refuse_nul(form)
        return form

    def parse_querydict(
        self, data: MultiValueDict[str, Any], list_fields: list[str], request: HttpRequest
    ) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key in data:
            name = key.removesuffix("[]")
            if name in list_fields or name != key:
                result.setdefault(name, []).extend(data.getlist(key))
            else:
                result[name] = data[key]
        _refuse_nul(result)
        return result


def form_of(request: HttpRequest) -> MultiValueDict[str, Any]:
    """Return the form fields of a request's body: Django reads them for POST only, and
    Mastodon clients send PUT, PATCH and DELETE forms too."""
    if request.method != "POST" and request.content_type == "application/x-www-form-urlencoded":
        return QueryDict(request.body, encoding=request.encoding)
    return request.POST

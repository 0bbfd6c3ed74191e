"""Import press releases from the Wagtail admin: upload, result list, links."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pages.importer import report
from pages.importer.errors import PressReleaseImportError
from pages.importer.forms import ImportForm
from pages.importer.reading import MAX_FILE_SIZE
from pages.importer.saving import default_newsroom, import_upload

TEMPLATE = "pages/importer/import.html"
TITLE = gettext_lazy("Import press releases")
FORBIDDEN = gettext_lazy("You may not add press releases to the newsroom.")
FORBIDDEN_PUBLISH = gettext_lazy("You may not publish press releases.")


def import_permissions(user):
    """(newsroom, may publish) for `user`; PermissionDenied without add permission."""
    newsroom = default_newsroom()
    permissions = newsroom.permissions_for_user(user)
    if not permissions.can_add_subpage():
        raise PermissionDenied
    return newsroom, permissions.can_publish_subpage()


def import_view(request):
    # Wagtail turns a raised PermissionDenied into a redirect to the admin
    # home; editors without the permission get a plain 403 page instead.
    try:
        newsroom, can_publish = import_permissions(request.user)
    except PermissionDenied:
        return render(request, {"error": FORBIDDEN}, status=403)
    except PressReleaseImportError as error:
        return render(request, {"error": error}, status=409)
    if request.method == "POST":
        if request.POST.get("publish") and not can_publish:
            return render(request, {"error": FORBIDDEN_PUBLISH}, status=403)
        form = ImportForm(request.POST, request.FILES, can_publish=can_publish)
        if form.is_valid():
            publish = form.cleaned_data.get("publish", False)
            results = [
                import_one(upload, newsroom, publish, request.user)
                for upload in form.cleaned_data["files"]
            ]
            return render(
                request,
                {
                    "form": ImportForm(can_publish=can_publish),
                    "results": results,
                    "failed": sum(1 for r in results if r["error"]),
                    "newsroom": newsroom,
                },
            )
    else:
        form = ImportForm(can_publish=can_publish)
    return render(request, {"form": form, "newsroom": newsroom})


def import_one(upload, newsroom, publish, user):
    row = {"name": upload.name, "error": "", "parts": [], "edit_url": "", "title": ""}
    try:
        if upload.size > MAX_FILE_SIZE:
            # Not read into memory at all.
            raise PressReleaseImportError(_("The file is too large for a press release."))
        result = import_upload(upload.read(), upload.name, newsroom, publish=publish, user=user)
    except PressReleaseImportError as error:
        row["error"] = str(error)
    except ValidationError as error:
        row["error"] = "; ".join(error.messages)
    else:
        row["title"] = result.page.title
        row["parts"] = report.summary_parts(result)[1:]
        row["edit_url"] = reverse("wagtailadmin_pages:edit", args=[result.page.pk])
    return row


def render(request, context, status=200):
    context.setdefault("page_title", TITLE)
    context["header_icon"] = "doc-full-inverse"
    return TemplateResponse(request, TEMPLATE, context, status=status)

"""Every page type, snippet and setting opens in the admin, so editors can
create and edit all of them (a broken panel would answer 500)."""

import datetime

import pytest
from django.urls import reverse

from cms.models import Organisation
from pages.models import GuidanceIndexPage
from tests import factories

# (model, parent fixture or "guidance_index")
PAGE_TYPES = [
    ("pages", "standardpage", "home"),
    ("pages", "guidanceindexpage", "home"),
    ("pages", "guidancepage", "guidance_index"),
    ("pages", "newsroompage", "home"),
    ("pages", "pressreleasepage", "newsroom"),
    ("pages", "memberlistpage", "home"),
    ("pages", "joinpage", "home"),
    ("pages", "contactpage", "home"),
    ("pages", "accessibilitystatementpage", "home"),
    ("intranet", "intranethomepage", "home"),
    ("intranet", "intranetpage", "intranet_home"),
]


@pytest.fixture
def guidance_index(home):
    return factories.add_page(home, GuidanceIndexPage(title="Empfehlungen", slug="empfehlungen"))


@pytest.mark.parametrize(("app_label", "model", "parent"), PAGE_TYPES)
def test_admin_add_form_opens_for_every_page_type(
    client, admin_user, request, app_label, model, parent
):
    parent_page = request.getfixturevalue(parent)
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:add", args=[app_label, model, parent_page.pk])

    response = client.get(url)

    assert response.status_code == 200


def test_admin_edit_form_opens_for_a_press_release(client, admin_user, press_release):
    client.force_login(admin_user)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[press_release.pk]))

    assert response.status_code == 200
    assert press_release.title in response.content.decode()


@pytest.mark.parametrize(
    "model", ["pages/targetgroup", "pages/topic", "pages/presscontact", "cms/organisation"]
)
def test_admin_add_form_opens_for_every_snippet(client, admin_user, home, model):
    client.force_login(admin_user)

    response = client.get(f"/admin/snippets/{model}/add/")

    assert response.status_code == 200


def test_admin_edits_a_member_organisation(client, admin_user):
    organisation = Organisation.objects.create(
        name="Stadt Beispielstadt", kind="city", region="koeln", joined_on=datetime.date.today()
    )
    client.force_login(admin_user)

    response = client.get(f"/admin/snippets/cms/organisation/edit/{organisation.pk}/")

    assert response.status_code == 200
    assert "Stadt Beispielstadt" in response.content.decode()

"""The member network below /mitgliederbereich/ (English: /en/members-area/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from intranet.network import views

urlpatterns = [
    path(_("network/"), views.people, name="network_people"),
    path(_("network/<int:pk>/"), views.person, name="network_person"),
    path(_("network/<int:pk>/photo/"), views.person_photo, name="network_person_photo"),
    path(_("organisations/"), views.organisations, name="network_organisations"),
    path(_("organisations/<int:pk>/"), views.organisation, name="network_organisation"),
    path(_("my-profile/"), views.profile_edit, name="network_profile_edit"),
]

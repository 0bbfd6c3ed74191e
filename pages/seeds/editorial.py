"""Demo set-up of the editorial workflow: the admin groups and the press
office's approval step. The demo accounts of these groups are in
seed_demo's DEMO_ACCOUNTS."""

from django.contrib.auth.models import Group
from wagtail.models import Workflow, WorkflowPage

from pages import workflow

LABEL = "Redaktion und Freigabe"


def seed(command):
    groups_before = Group.objects.count()
    workflows_before = Workflow.objects.count() + WorkflowPage.objects.count()
    workflow.setup()
    command.created += Group.objects.count() - groups_before
    command.created += Workflow.objects.count() + WorkflowPage.objects.count() - workflows_before

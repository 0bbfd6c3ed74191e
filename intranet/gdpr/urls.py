from django.urls import path

from intranet.gdpr import views

urlpatterns = [
    path("", views.overview, name="data"),
    path("export/", views.export, name="data_export"),
    path("delete/", views.delete, name="data_delete"),
]

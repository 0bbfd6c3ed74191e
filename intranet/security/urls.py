"""Login, logout and the 2FA pages below /accounts/ (German) and /en/accounts/."""

from django.urls import path

from intranet.security import views

urlpatterns = [
    path("login/", views.login, name="login"),
    path("login/verify/", views.login_verify, name="login_verify"),
    path("logout/", views.logout, name="logout"),
    path("security/", views.security, name="security"),
    path("security/setup/", views.security_setup, name="security_setup"),
    path(
        "security/recovery-codes/",
        views.security_recovery_codes,
        name="security_recovery_codes",
    ),
    path("security/disable/", views.security_disable, name="security_disable"),
]

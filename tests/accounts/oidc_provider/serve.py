"""Run the test provider: `python -m tests.accounts.oidc_provider.serve CONFIG.json PORT` (its database is
kept beside CONFIG).

CONFIG holds the clients ({"client_id", "client_secret", "redirect_uris"}) and the people ({"username",
"password", "email", "email_verified", "misbehave"}). The provider migrates a fresh SQLite database, creates
them, prints "ready" and serves until it is stopped."""

import json
import os
import sys
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


class _Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


def main(config_path, port):
    with open(config_path) as file:
        config = json.load(file)
    workdir = os.path.dirname(config_path)  # the test's temporary directory, removed when the test is done
    people_path = os.path.join(workdir, "people.json")
    with open(people_path, "w") as file:
        json.dump(config["people"], file)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="tests.accounts.oidc_provider.settings",
        OIDC_PROVIDER_DB=os.path.join(workdir, "provider.sqlite3"),
        OIDC_PROVIDER_ISSUER=f"http://127.0.0.1:{port}/o",
        OIDC_PROVIDER_PEOPLE=people_path,
        OIDC_PROVIDER_KEY=key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode(),
    )
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.core.wsgi import get_wsgi_application
    from oauth2_provider.models import Application

    call_command("migrate", verbosity=0)
    for client in config["clients"]:
        Application.objects.create(
            client_id=client["client_id"],
            client_secret=client["client_secret"],
            name=client["client_id"],
            client_type=Application.CLIENT_CONFIDENTIAL,
            authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
            redirect_uris=" ".join(client["redirect_uris"]),
            algorithm=Application.RS256_ALGORITHM,
            skip_authorization=True,
        )
    subjects = {}
    for person in config["people"]:
        user = User.objects.create_user(person["username"], person["email"], person["password"])
        subjects[person["username"]] = str(user.pk)  # the provider's "sub" (Django OAuth Toolkit's default)
    server = make_server("127.0.0.1", int(port), get_wsgi_application(), _ThreadingServer, _Quiet)
    print("ready", json.dumps(subjects), flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

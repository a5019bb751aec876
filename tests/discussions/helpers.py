from django.test import Client
from django.urls import reverse

from discussions.models import Post


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def ask(user, page, title="Miten esteellisyys arvioidaan?", body="Kysymys lautakunnan jäsenen esteellisyydestä."):
    response = client_for(user).post(reverse("discussions:ask", args=[page.pk]), {"title": title, "body": body})
    assert response.status_code == 302, response
    return Post.objects.filter(title=title).order_by("-pk").first(), response


def answer(user, question, body="Vastaus: katso kuntalain 97 §."):
    return client_for(user).post(reverse("discussions:answer", args=[question.pk]), {"body": body})


def page_html(user, page):
    response = client_for(user).get(page.url)
    assert response.status_code == 200
    return response.content.decode()

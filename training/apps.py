from django.apps import AppConfig


class TrainingConfig(AppConfig):
    """The project package is an app only to hold project-wide management commands (the demo loader)."""

    name = "training"
    verbose_name = "Training"

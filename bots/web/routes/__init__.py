"""The web app's routers, one per resource: answers, the corpus, feedback, health, the widget."""

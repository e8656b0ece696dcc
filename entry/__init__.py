"""Entry points: the CLI, the wiring from settings to objects, and the web and Telegram runners."""

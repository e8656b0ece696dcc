"""The Telegram bot over the answering core."""

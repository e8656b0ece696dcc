"""Channels over the one answering core: the web service and the Telegram bot, handed a built service."""

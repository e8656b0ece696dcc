"""Channel adapters (Telegram). Not built yet."""

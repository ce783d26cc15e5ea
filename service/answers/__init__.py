"""The answer handlers, one module per subject: people and posts,
ownership, the company itself. Each module's HANDLERS maps the intents it
answers (`service.question.parse`) to a function of the backend and the
question; `service.ask` dispatches to them."""

"""The model's memory in a chat: how much it can keep in mind, how much the chat fills, and
what to do when a chat outgrows it (remember more, summarize and continue, continue anyway).

Qt-free. ``budget`` says how many tokens the model keeps in mind and where that figure came
from; ``estimate`` counts a request's tokens, calibrated on the chat's own replies;
``kv_memory`` sizes a larger memory in bytes and picks the next size; ``summary`` writes the
summary a continued chat starts from; ``meter`` ties them into one reading for the view.
"""

"""Documents in chat: reading attached files, the memory budget, embedding and retrieval.

Start at :class:`desktop.services.documents.service.DocumentService`.
"""

"""A stand-in Ollama for tests, demos and benchmarks.

``FakeOllama`` is a real HTTP server on 127.0.0.1 (a free port, a background thread) that
answers in the wire format recorded from real servers (../shared/ollama-samples): the same
status codes, content types, empty bodies and error texts. Tests script it per case — token
text and rate, thinking, errors mid-stream, cut connections, malformed or huge lines, slow first
bytes, proxy pages, empty 403s, pulls with layers, stalls — and read back what the client sent
(``requests``) and whether it hung up (``wait_for_disconnect``). Chat prompts are counted with
a tokenizer-like rule and cut to ``num_ctx`` as Ollama's ``chatPrompt`` does (``prompt.py``:
system messages kept, oldest dropped, ``prompt_eval_count`` reported accordingly, ``truncate:
false`` refused on 0.12.6+, the loaded context in ``/api/ps`` on 0.9.7+); ``cuts`` records
each count. ``registry.FakeRegistry`` is
a loopback model registry serving the same models' manifests (for the model update checks).
"""

from tests.fake_ollama.server import FakeOllama, RecordedRequest
from tests.fake_ollama.state import PullPlan, Reply

__all__ = ["FakeOllama", "PullPlan", "RecordedRequest", "Reply"]

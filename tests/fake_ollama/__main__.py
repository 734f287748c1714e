"""Run the test server by hand: ``python -m tests.fake_ollama --port 11434``."""

from __future__ import annotations

import argparse
import json
import threading
from pathlib import Path

from tests.fake_ollama import FakeOllama, PullPlan, Reply

DEMO_MODELS = [
    ("llama3.2:3b", "llama", "3.2B", "Q4_K_M", 2019393189, ("completion", "tools")),
    ("qwen3:8b", "qwen3", "8.2B", "Q4_K_M", 5225388164, ("completion", "tools", "thinking")),
    ("gemma3:4b", "gemma3", "4.3B", "Q4_K_M", 3338801804, ("completion", "vision")),
    ("nomic-embed-text:latest", "nomic-bert", "137M", "F16", 274302450, ("embedding",)),
    ("deepseek-r1:7b", "qwen2", "7.6B", "Q4_K_M", 4683075271, ("completion", "thinking")),
    ("mistral:7b", "llama", "7.2B", "Q4_K_M", 4113301824, ("completion", "tools")),
    ("qwen2.5-coder:1.5b", "qwen2", "1.5B", "Q4_K_M", 986062089, ("completion", "insert")),
    ("llava:7b", "llama", "7B", "Q4_0", 4733363377, ("completion", "vision")),
]


def main() -> None:
    parser = argparse.ArgumentParser(description="A stand-in Ollama server for tests and demos.")
    parser.add_argument("--port", type=int, default=11434)
    parser.add_argument("--version", default="0.32.15")
    parser.add_argument("--models", type=int, default=0, help="extra demo models to install")
    parser.add_argument("--rate", type=float, default=None, help="tokens per second")
    parser.add_argument(
        "--embed-rate", type=float, default=None, help="/api/embed inputs per second"
    )
    parser.add_argument(
        "--reply", type=Path, default=None, help="a JSON file of Reply fields (tokens, rate...)"
    )
    arguments = parser.parse_args()

    server = FakeOllama(version=arguments.version)
    for name, family, params, quant, size, caps in DEMO_MODELS[: arguments.models]:
        server.add_model(
            name,
            family=family,
            parameter_size=params,
            quantization_level=quant,
            size=size,
            capabilities=caps,
        )
    server.registry_add("llama3.2:1b", layer_sizes=[1_321_082_688, 1_429, 7_711, 6_016, 96])
    server.pull_plan = PullPlan(byte_rate=40_000_000, events_per_second=16)
    server.reply = Reply(rate=arguments.rate)
    if arguments.reply is not None:
        server.reply = Reply(**json.loads(arguments.reply.read_text(encoding="utf-8")))
    server.embed_rate = arguments.embed_rate
    server.start(arguments.port)
    print(f"Fake Ollama {arguments.version} listening on {server.url} (Ctrl+C stops)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()

"""A real HTTP server on 127.0.0.1 that speaks enough of the OpenAI chat-completions API for tests.

Replies come from a queue or a function of the request body; every body is recorded so a test can
assert exactly what would have left the machine. It can also fail on purpose (status codes, delays,
broken JSON, cut-off replies).
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

Reply = str | Callable[[dict], str]


class OpenAIStub:
    """Start with `with OpenAIStub(["reply"]) as stub:`; then `stub.url` is the base URL (…/v1)."""

    def __init__(self, replies: list[Reply] | None = None, status: list[int] | None = None,
                 delay_s: float = 0.0, finish_reason: str = "stop", raw: str | None = None,
                 refuse: Callable[[dict], tuple[int, str] | None] | None = None):
        self.replies = list(replies or ["ok"])
        self.refuse = refuse  # body -> (status, message) for request shapes this "server" does not support
        self.status = list(status or [])
        self.delay_s, self.finish_reason, self.raw = delay_s, finish_reason, raw
        self.bodies: list[dict] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> "OpenAIStub":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next(self, body: dict) -> tuple[int, str]:
        with self._lock:
            self.bodies.append(body)
            refused = self.refuse(body) if self.refuse else None
            if refused:
                return refused
            status = self.status.pop(0) if self.status else 200
            reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        return status, reply(body) if callable(reply) else reply

    def _handler(self):
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                status, content = stub._next(body)
                if stub.delay_s:
                    time.sleep(stub.delay_s)
                if status != 200:
                    message = content if stub.refuse and stub.refuse(body) else "stub failure"
                    self._send(status, json.dumps({"error": {"message": message, "type": "server_error"}}))
                elif stub.raw is not None:
                    self._send(200, stub.raw)
                elif body.get("stream"):
                    self._stream(body, content)
                else:
                    self._send(200, json.dumps(stub.completion(body, content)))

            def _send(self, status: int, text: str, ctype: str = "application/json"):
                data = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, body: dict, content: str):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for i in range(0, len(content), 12):
                    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": body.get("model"),
                             "choices": [{"index": 0, "delta": {"content": content[i:i + 12]}, "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                end = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": body.get("model"),
                       "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())

        return Handler

    def completion(self, body: dict, content: str) -> dict:
        message: dict = {"role": "assistant", "content": content}
        if body.get("tools"):
            name = body["tools"][0]["function"]["name"]
            message = {"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": name, "arguments": content}}]}
        return {"id": "chatcmpl-stub", "object": "chat.completion", "created": int(time.time()),
                "model": body.get("model", "stub"),
                "choices": [{"index": 0, "message": message, "finish_reason": self.finish_reason}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}

    def sent_text(self) -> str:
        """Every recorded request body, as one string, for PHI assertions."""
        return "\n".join(json.dumps(b, ensure_ascii=False) for b in self.bodies)

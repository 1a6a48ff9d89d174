"""Language tools that work on plain text: decoding, language detection, sentences and alignment."""

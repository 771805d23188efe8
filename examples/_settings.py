"""Where the examples send requests: the local mock unless the environment says otherwise."""

import os

BASE_URL = os.environ.get("PARTNERO_BASE_URL", "http://127.0.0.1:4010")
API_KEY = os.environ.get("PARTNERO_API_KEY", "test_affiliate_examples")

"""Browser tests: the dashboard run in headless Chromium via Playwright."""

-- The gateway's catalog row carries two more columns since autumn 2026 (GATEWAY-TODAY §1):
-- per exact gateway model id, the endpoints OpenRouter and Vercel list for it (JSON text here).
-- NULL (or {}) narrows nothing.
ALTER TABLE models_by_provider ADD COLUMN openrouter text;
ALTER TABLE models_by_provider ADD COLUMN vercel text;

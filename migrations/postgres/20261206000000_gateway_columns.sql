-- The gateway's catalog row carries two more columns since autumn 2026 (GATEWAY-TODAY §1):
-- per exact gateway model id, the endpoints OpenRouter and Vercel list for it. The lookup
-- narrows each id's providers by them, so a rehearsal on orgpolicy's schema sees what
-- production sees. NULL (or {}) narrows nothing.
ALTER TABLE models_by_provider ADD COLUMN openrouter jsonb;
ALTER TABLE models_by_provider ADD COLUMN vercel jsonb;

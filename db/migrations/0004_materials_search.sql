-- Full-text search over materials: accents and case are ignored (unicode61, remove_diacritics 2),
-- so "feedback", "Feedback" and "féédback" match alike. The index mirrors the materials table
-- through triggers; it holds no data of its own, so rebuilding it loses nothing.
CREATE VIRTUAL TABLE `materials_fts` USING fts5(
	title, body_markdown, tags,
	content='materials', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `materials_fts_insert` AFTER INSERT ON `materials` BEGIN
	INSERT INTO materials_fts(rowid, title, body_markdown, tags) VALUES (new.id, new.title, new.body_markdown, new.tags);
END;
--> statement-breakpoint
CREATE TRIGGER `materials_fts_delete` AFTER DELETE ON `materials` BEGIN
	INSERT INTO materials_fts(materials_fts, rowid, title, body_markdown, tags) VALUES ('delete', old.id, old.title, old.body_markdown, old.tags);
END;
--> statement-breakpoint
CREATE TRIGGER `materials_fts_update` AFTER UPDATE OF title, body_markdown, tags ON `materials` BEGIN
	INSERT INTO materials_fts(materials_fts, rowid, title, body_markdown, tags) VALUES ('delete', old.id, old.title, old.body_markdown, old.tags);
	INSERT INTO materials_fts(rowid, title, body_markdown, tags) VALUES (new.id, new.title, new.body_markdown, new.tags);
END;
--> statement-breakpoint
INSERT INTO materials_fts(materials_fts) VALUES ('rebuild');

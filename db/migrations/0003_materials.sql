CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`material_id` integer NOT NULL,
	`original_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`material_id`) REFERENCES `materials`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `attachments_material_idx` ON `attachments` (`material_id`);--> statement-breakpoint
CREATE TABLE `materials` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer,
	`session_id` integer,
	`library_slug` text,
	`title` text NOT NULL,
	`body_markdown` text NOT NULL,
	`type` text NOT NULL,
	`tags` text NOT NULL,
	`links` text NOT NULL,
	`visibility` text NOT NULL,
	`author_id` text,
	`library_facts` text,
	`content_hash` text,
	`view_count` integer DEFAULT 0 NOT NULL,
	`download_count` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `network_sessions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `materials_library_slug_unique` ON `materials` (`library_slug`);--> statement-breakpoint
CREATE INDEX `materials_network_idx` ON `materials` (`network_id`);--> statement-breakpoint
ALTER TABLE `networks` ADD `allow_member_materials` integer DEFAULT false NOT NULL;
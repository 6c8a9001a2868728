CREATE TABLE `intake_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`position` integer NOT NULL,
	`question` text NOT NULL,
	`required` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `intake_questions_network_idx` ON `intake_questions` (`network_id`);--> statement-breakpoint
CREATE TABLE `network_audiences` (
	`network_id` integer NOT NULL,
	`job_function` text NOT NULL,
	PRIMARY KEY(`network_id`, `job_function`),
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `network_facilitators` (
	`network_id` integer NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`network_id`, `user_id`),
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `network_facilitators_user_idx` ON `network_facilitators` (`user_id`);--> statement-breakpoint
CREATE TABLE `network_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `network_goals_network_idx` ON `network_goals` (`network_id`,`position`);--> statement-breakpoint
CREATE TABLE `network_levels` (
	`network_id` integer NOT NULL,
	`level` text NOT NULL,
	PRIMARY KEY(`network_id`, `level`),
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `network_levels_level_idx` ON `network_levels` (`level`);--> statement-breakpoint
CREATE TABLE `network_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`modality` text NOT NULL,
	`venue_name` text,
	`venue_address` text,
	`online_url` text,
	`capacity` integer,
	`cancelled_at` integer,
	`revision` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `network_sessions_network_idx` ON `network_sessions` (`network_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `network_sessions_start_idx` ON `network_sessions` (`starts_at`);--> statement-breakpoint
CREATE TABLE `networks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`description_markdown` text NOT NULL,
	`theme` text NOT NULL,
	`network_type` text NOT NULL,
	`region` text,
	`first_school_year` integer NOT NULL,
	`last_school_year` integer NOT NULL,
	`status` text DEFAULT 'concept' NOT NULL,
	`capacity` integer NOT NULL,
	`registration_deadline` integer NOT NULL,
	`allow_session_registration` integer DEFAULT false NOT NULL,
	`operational_goal_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`operational_goal_id`) REFERENCES `operational_goals`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `networks_slug_unique` ON `networks` (`slug`);--> statement-breakpoint
CREATE INDEX `networks_status_idx` ON `networks` (`status`,`first_school_year`);--> statement-breakpoint
CREATE TABLE `operational_goal_targets` (
	`operational_goal_id` integer NOT NULL,
	`level` text NOT NULL,
	`target` integer NOT NULL,
	PRIMARY KEY(`operational_goal_id`, `level`),
	FOREIGN KEY (`operational_goal_id`) REFERENCES `operational_goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `operational_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`wording` text NOT NULL,
	`core_task_or_impulse` text NOT NULL,
	`plan_period` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `operational_goals_code_unique` ON `operational_goals` (`code`,`plan_period`);--> statement-breakpoint
CREATE TABLE `attendance` (
	`session_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`present` integer NOT NULL,
	`method` text NOT NULL,
	`marked_at` integer NOT NULL,
	PRIMARY KEY(`session_id`, `user_id`),
	FOREIGN KEY (`session_id`) REFERENCES `network_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `calendar_feeds` (
	`user_id` text PRIMARY KEY NOT NULL,
	`token` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_token_unique` ON `calendar_feeds` (`token`);--> statement-breakpoint
CREATE TABLE `check_in_codes` (
	`session_id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `network_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `intake_answers` (
	`registration_id` integer NOT NULL,
	`question_id` integer NOT NULL,
	`answer` text NOT NULL,
	PRIMARY KEY(`registration_id`, `question_id`),
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `intake_questions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `registrations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`session_id` integer,
	`user_id` text NOT NULL,
	`institution_id` integer,
	`status` text NOT NULL,
	`queue_key` real NOT NULL,
	`offer_expires_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`session_id`) REFERENCES `network_sessions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_live_unique` ON `registrations` (`network_id`, coalesce(`session_id`, 0), `user_id`) WHERE `status` in ('registered', 'offered', 'waitlisted');--> statement-breakpoint
CREATE INDEX `registrations_network_idx` ON `registrations` (`network_id`,`status`,`queue_key`);--> statement-breakpoint
CREATE INDEX `registrations_user_idx` ON `registrations` (`user_id`,`status`);--> statement-breakpoint
CREATE TABLE `sent_notifications` (
	`key` text PRIMARY KEY NOT NULL,
	`sent_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `waitlist_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`registration_id` integer NOT NULL,
	`actor_user_id` text NOT NULL,
	`from_position` integer NOT NULL,
	`to_position` integer NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
ALTER TABLE `mail_outbox` ADD `attachments` text;
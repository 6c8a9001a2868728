CREATE TABLE `instrument_labels` (
	`kind` text NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	PRIMARY KEY(`kind`, `position`)
);
--> statement-breakpoint
CREATE TABLE `measurement_plan` (
	`network_id` integer NOT NULL,
	`school_year` integer NOT NULL,
	`pre` integer NOT NULL,
	`post` integer NOT NULL,
	PRIMARY KEY(`network_id`, `school_year`),
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `survey_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`response_id` text NOT NULL,
	`question_id` integer NOT NULL,
	`value` integer,
	`text` text,
	FOREIGN KEY (`response_id`) REFERENCES `survey_responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `survey_questions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `survey_answers_question_idx` ON `survey_answers` (`question_id`);--> statement-breakpoint
CREATE INDEX `survey_answers_response_idx` ON `survey_answers` (`response_id`);--> statement-breakpoint
CREATE TABLE `survey_completions` (
	`survey_id` integer NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`survey_id`, `user_id`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `survey_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`construct` text NOT NULL,
	`goal_id` integer,
	`text` text NOT NULL,
	`options` text,
	`required` integer NOT NULL,
	`fixed` integer NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `network_goals`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `survey_questions_survey_idx` ON `survey_questions` (`survey_id`,`position`);--> statement-breakpoint
CREATE TABLE `survey_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`survey_id` integer NOT NULL,
	`pseudonym` text,
	`role` text NOT NULL,
	`role_other` text,
	`submitted_on` text NOT NULL,
	`source` text NOT NULL,
	`submission_key` text,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `survey_responses_survey_idx` ON `survey_responses` (`survey_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_pseudonym_unique` ON `survey_responses` (`survey_id`,`pseudonym`);--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_submission_unique` ON `survey_responses` (`submission_key`);--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`phase` text NOT NULL,
	`template` text NOT NULL,
	`opens_at` integer,
	`closes_at` integer,
	`guest_token` text,
	`recorded_participants` integer,
	`reminders_sent` integer DEFAULT 0 NOT NULL,
	`last_reminder_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `surveys_network_phase_unique` ON `surveys` (`network_id`,`phase`);--> statement-breakpoint
CREATE UNIQUE INDEX `surveys_guest_token_unique` ON `surveys` (`guest_token`);
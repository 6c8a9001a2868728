CREATE TABLE `digcomp_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`levels` text NOT NULL,
	`taken_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `digicoach_profiles`(`user_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `digcomp_assessments_user_idx` ON `digcomp_assessments` (`user_id`,`taken_at`);--> statement-breakpoint
CREATE TABLE `digicoach_profiles` (
	`user_id` text PRIMARY KEY NOT NULL,
	`role` text NOT NULL,
	`institution_id` integer,
	`levels` text NOT NULL,
	`specialisations` text NOT NULL,
	`assignment_markdown` text NOT NULL,
	`hours_per_week` integer,
	`school_has_ict_policy` integer NOT NULL,
	`training_status` text,
	`training_course` text,
	`training_date` text,
	`availability` text NOT NULL,
	`visible` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `digicoach_profiles_visible_idx` ON `digicoach_profiles` (`visible`);--> statement-breakpoint
CREATE TABLE `digicoach_team` (
	`requester_id` text NOT NULL,
	`colleague_id` text NOT NULL,
	`accepted` integer NOT NULL,
	PRIMARY KEY(`requester_id`, `colleague_id`),
	FOREIGN KEY (`requester_id`) REFERENCES `digicoach_profiles`(`user_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`colleague_id`) REFERENCES `digicoach_profiles`(`user_id`) ON UPDATE no action ON DELETE cascade
);

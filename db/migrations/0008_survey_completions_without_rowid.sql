-- Who answered must not be linkable to what was answered through insertion order. A rowid table
-- numbers completions in the order they were written, and so do the answer rows: the n-th
-- completion and the n-th response of a survey would belong together. Rebuilt as WITHOUT ROWID,
-- completions are stored in (survey_id, user_id) order only. Rows are copied first; nothing
-- references this table, so dropping the old one cascades nowhere.
CREATE TABLE `__new_survey_completions` (
	`survey_id` integer NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`survey_id`, `user_id`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_survey_completions` (`survey_id`, `user_id`) SELECT `survey_id`, `user_id` FROM `survey_completions` ORDER BY `survey_id`, `user_id`;
--> statement-breakpoint
DROP TABLE `survey_completions`;
--> statement-breakpoint
ALTER TABLE `__new_survey_completions` RENAME TO `survey_completions`;

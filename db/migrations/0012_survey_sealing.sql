-- Survey sealing, guest headcounts, and answer tables that keep no insertion order.
--
-- 1. A survey's results are published once: `sealed_at` marks that moment and the counts beside
--    it freeze the response rate's numerator and denominator. `origin` tells an imported
--    (historic) survey from a live one.
-- 2. A session records how many guests (people without an account) it had; guest-link answers
--    are capped by it.
-- 3. survey_responses and survey_answers are rebuilt as WITHOUT ROWID tables: a rowid table stores
--    rows in the order they were written, so the n-th response and the n-th completion would
--    belong together. Keyed by random UUIDs, rows are stored in key order, i.e. in no order.
--    `submitted_on` is dropped on purpose: an answer's day lines it up with the reminder mails
--    (who had not answered yet on which day). Rows are copied first; migrateDatabase runs
--    migrations with foreign keys off (dropping the old survey_responses would otherwise cascade
--    into the answers) and checks them afterwards.
ALTER TABLE `network_sessions` ADD `guest_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `surveys` ADD `origin` text DEFAULT 'live' NOT NULL;--> statement-breakpoint
ALTER TABLE `surveys` ADD `sealed_at` integer;--> statement-breakpoint
ALTER TABLE `surveys` ADD `sealed_eligible` integer;--> statement-breakpoint
ALTER TABLE `surveys` ADD `sealed_eligible_respondents` integer;--> statement-breakpoint
ALTER TABLE `surveys` ADD `sealed_guest_places` integer;--> statement-breakpoint
CREATE TABLE `__new_survey_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`survey_id` integer NOT NULL,
	`pseudonym` text,
	`role` text NOT NULL,
	`role_other` text,
	`source` text NOT NULL,
	`submission_key` text,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_survey_responses` (`id`, `survey_id`, `pseudonym`, `role`, `role_other`, `source`, `submission_key`) SELECT `id`, `survey_id`, `pseudonym`, `role`, `role_other`, `source`, `submission_key` FROM `survey_responses` ORDER BY `id`;
--> statement-breakpoint
CREATE TABLE `__new_survey_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`response_id` text NOT NULL,
	`question_id` integer NOT NULL,
	`value` integer,
	`text` text,
	FOREIGN KEY (`response_id`) REFERENCES `survey_responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `survey_questions`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_survey_answers` (`id`, `response_id`, `question_id`, `value`, `text`) SELECT `id`, `response_id`, `question_id`, `value`, `text` FROM `survey_answers` ORDER BY `id`;
--> statement-breakpoint
DROP TABLE `survey_answers`;
--> statement-breakpoint
DROP TABLE `survey_responses`;
--> statement-breakpoint
ALTER TABLE `__new_survey_responses` RENAME TO `survey_responses`;
--> statement-breakpoint
ALTER TABLE `__new_survey_answers` RENAME TO `survey_answers`;
--> statement-breakpoint
CREATE INDEX `survey_responses_survey_idx` ON `survey_responses` (`survey_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_pseudonym_unique` ON `survey_responses` (`survey_id`,`pseudonym`);--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_submission_unique` ON `survey_responses` (`submission_key`);--> statement-breakpoint
CREATE INDEX `survey_answers_question_value_idx` ON `survey_answers` (`question_id`,`value`,`response_id`);--> statement-breakpoint
CREATE INDEX `survey_answers_response_idx` ON `survey_answers` (`response_id`);--> statement-breakpoint
-- Surveys filled only by an import are historic trajectories.
UPDATE `surveys` SET `origin` = 'import' WHERE EXISTS (SELECT 1 FROM `survey_responses` r WHERE r.`survey_id` = `surveys`.`id`) AND NOT EXISTS (SELECT 1 FROM `survey_responses` r WHERE r.`survey_id` = `surveys`.`id` AND r.`source` != 'import');
--> statement-breakpoint
-- Closed surveys whose results could already be seen (a source with at least 5 answers, the
-- default k) count as published at their closing; their counts are taken as they are now.
UPDATE `surveys` SET
	`sealed_at` = coalesce(`closes_at`, unixepoch()),
	`sealed_guest_places` = 0,
	`sealed_eligible` = CASE WHEN `phase` = 'pre'
		THEN (SELECT count(DISTINCT g.`user_id`) FROM `registrations` g WHERE g.`network_id` = `surveys`.`network_id` AND g.`status` = 'registered')
		ELSE (SELECT count(DISTINCT a.`user_id`) FROM `attendance` a JOIN `network_sessions` s ON s.`id` = a.`session_id` WHERE s.`network_id` = `surveys`.`network_id` AND a.`present` = 1) END,
	`sealed_eligible_respondents` = CASE WHEN `phase` = 'pre'
		THEN (SELECT count(*) FROM `survey_completions` c WHERE c.`survey_id` = `surveys`.`id` AND EXISTS (SELECT 1 FROM `registrations` g WHERE g.`network_id` = `surveys`.`network_id` AND g.`user_id` = c.`user_id` AND g.`status` = 'registered'))
		ELSE (SELECT count(*) FROM `survey_completions` c WHERE c.`survey_id` = `surveys`.`id` AND EXISTS (SELECT 1 FROM `attendance` a JOIN `network_sessions` s ON s.`id` = a.`session_id` WHERE s.`network_id` = `surveys`.`network_id` AND a.`user_id` = c.`user_id` AND a.`present` = 1)) END
WHERE `origin` = 'live' AND `closes_at` <= unixepoch() AND (SELECT max(n) FROM (SELECT count(*) AS n FROM `survey_responses` r WHERE r.`survey_id` = `surveys`.`id` GROUP BY r.`source`)) >= 5;
--> statement-breakpoint
UPDATE `surveys` SET `sealed_at` = coalesce(`closes_at`, `created_at`), `sealed_eligible` = 0, `sealed_eligible_respondents` = 0, `sealed_guest_places` = 0 WHERE `origin` = 'import';

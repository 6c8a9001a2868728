DROP INDEX `survey_answers_question_idx`;--> statement-breakpoint
CREATE INDEX `survey_answers_question_value_idx` ON `survey_answers` (`question_id`,`value`,`response_id`);--> statement-breakpoint
CREATE INDEX `registrations_user_network_idx` ON `registrations` (`user_id`,`network_id`,`institution_id`);
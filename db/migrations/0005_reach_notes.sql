CREATE TABLE `reach_notes` (
	`operational_goal_id` integer PRIMARY KEY NOT NULL,
	`note` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`operational_goal_id`) REFERENCES `operational_goals`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE TABLE "catalogue" (
	"name" text PRIMARY KEY NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL
);

package com.custodyadvisor.questions;

import com.custodyadvisor.advisory.ActionOwner;
import com.custodyadvisor.document.DataFile;
import com.custodyadvisor.document.Document;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.document.SchemaValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Loads {@code questions.yaml} from a data directory and checks it: its shape against its schema, then unique ids.
 * Whether every question is asked by a rule, and every rule asks only questions that exist, is checked with the
 * rules ({@code rules validate}).
 */
public final class QuestionsLoader {

    public static final String FILE_NAME = "questions.yaml";

    private static final SchemaValidator SCHEMA = SchemaValidator.fromResource("/schema/questions.schema.json");

    private QuestionsLoader() {
    }

    /**
     * The questions of a data directory.
     *
     * @throws QuestionsException naming the file, and each problem with its line
     */
    public static Questions load(Path dataDir) throws QuestionsException {
        Path file = dataDir.resolve(FILE_NAME);
        DataFile.Checked checked = DataFile.read(file, SCHEMA, QuestionsLoader::crossChecks, QuestionsException::new);
        List<Question> questions = new ArrayList<>();
        for (JsonNode q : checked.tree().get("questions")) {
            List<String> also = new ArrayList<>();
            q.path("also").forEach(p -> also.add(p.asString()));
            questions.add(new Question(q.get("id").asString(), q.get("pointer").asString(), also, q.get("ask").asString(),
                    Questions.unlessOf(q.get("unless")),
                    q.has("owner") ? ActionOwner.valueOf(q.get("owner").asString()) : ActionOwner.FIRM));
        }
        return new Questions(questions, file, checked.document(), checked.sha256());
    }

    private static List<Problem> crossChecks(Document document) {
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode questions = document.tree().path("questions");
        for (int i = 0; i < questions.size(); i++) {
            String id = questions.get(i).path("id").asString("");
            if (!id.isEmpty() && !ids.add(id)) {
                problems.add(Problem.at("/questions/" + i + "/id", "duplicate question id \"" + id + "\""));
            }
        }
        return problems;
    }
}

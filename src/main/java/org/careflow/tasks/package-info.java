/**
 * What every user task of every model gets without the model saying so: a name with the case
 * reference, the team's managers among its candidates, its form's required fields checked on the
 * server, the case's facts left as they were; and a task's comments and attachments kept to those
 * who may read the task.
 */
@ApplicationModule(displayName = "Task conventions")
package org.careflow.tasks;

import org.springframework.modulith.ApplicationModule;

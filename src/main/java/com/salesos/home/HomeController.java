package com.salesos.home;

import com.salesos.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final CurrentActor currentActor;

    HomeController(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("actor", currentActor.get());
        return "home";
    }
}
